"""Writing posts with a bot: loading it for inference, the one sampler, its speed-ups."""
