from maillage.cli import app

app(prog_name="maillage")
