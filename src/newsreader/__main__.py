from newsreader.cli import main

main()
