from kehoach_cli.cli.main import run

run()
