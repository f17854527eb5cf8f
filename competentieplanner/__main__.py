from competentieplanner.cli import main

raise SystemExit(main())
