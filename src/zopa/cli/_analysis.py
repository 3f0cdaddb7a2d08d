"""Commands of this area register on `zopa.cli.app`."""
