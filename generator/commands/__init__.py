"""One module per command of `python -m generator`.

Each module has `HELP` (one line, Vietnamese), `add_arguments(parser)` and
`run(root, args) -> int`. A new command is a new module listed in COMMANDS.
"""

from generator.commands import (
    build,
    check,
    deploy,
    import_list,
    init,
    new,
    schemas,
    serve,
)

COMMANDS = {
    "build": build,
    "check": check,
    "deploy": deploy,
    "import": import_list,
    "init": init,
    "new": new,
    "schemas": schemas,
    "serve": serve,
}
