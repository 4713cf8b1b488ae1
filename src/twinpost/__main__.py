from twinpost.cli import app

app(prog_name="twinpost")
