"""`twinpost eval`: the bot's voice, measured (see evaluate.py)."""

from twinpost.voice.evaluate import VoiceReport, evaluate, save_to_bot

__all__ = ["VoiceReport", "evaluate", "save_to_bot"]
