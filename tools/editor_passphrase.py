"""Print the salted hash of an editor passphrase, for .streamlit/secrets.toml.

    .venv/bin/python -m tools.editor_passphrase

The passphrase is read without echo and never stored; only its hash goes into secrets.
"""

import argparse
import getpass
import sys

from components.editing.editors import hash_passphrase


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.split("\n")[0]).parse_args(argv)  # --help, and no stray arguments
    passphrase = getpass.getpass("Editor passphrase (at least 12 characters): ")
    if len(passphrase) < 12:
        print("Too short: use at least 12 characters.", file=sys.stderr)
        return 1
    if getpass.getpass("The same again: ") != passphrase:
        print("The two entries differ.", file=sys.stderr)
        return 1
    print("[editors]")
    print(f'passphrase_hash = "{hash_passphrase(passphrase)}"')
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
