from desc_desktop.cli import main

raise SystemExit(main())
