from zopa.cli import main

main()
