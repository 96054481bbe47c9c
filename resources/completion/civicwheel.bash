# bash completion for civicwheel: its commands, each command's options, and
# the files they take (.wheel files for the wheel argument).

_civicwheel()
{
    local cur prev words cword
    _init_completion || return

    local commands="new check coverage export-wheel export-pdf subject-access
        erase-contact retention import-csv import-gias import-json export-csv
        export-xlsx export-json export-graphml export-html"

    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W '--help --version' -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            _filedir wheel
        fi
        return
    fi

    local command=${words[1]} options=""
    case $command in
        new) options="--demo --synthetic --seed --scale" ;;
        check) options="" ;;
        coverage) options="--academy --trust --json --today" ;;
        export-wheel) options="--academy --out --size" ;;
        export-pdf) options="--academy --trust --out --include-contacts --period --prepared-by" ;;
        subject-access) options="--contact --out" ;;
        erase-contact) options="--contact" ;;
        retention) options="--erase-expired --today" ;;
        import-csv) options="--academy --kind --valid-rows-only --encoding" ;;
        import-gias) options="" ;;
        import-json) options="--urn" ;;
        export-csv) options="--academy --out --include-personal --register" ;;
        export-xlsx | export-json | export-graphml) options="--academy --out --include-personal" ;;
        export-html) options="--academy --trust --out --include-personal" ;;
        *) return ;;
    esac

    # Values of the options that take one.
    case $prev in
        --synthetic)
            COMPREPLY=($(compgen -W 'large crowded' -- "$cur"))
            return
            ;;
        --kind)
            COMPREPLY=($(compgen -W 'partners needs initiatives engagements' -- "$cur"))
            return
            ;;
        --register)
            COMPREPLY=($(compgen -W 'partners contacts needs initiatives engagements' -- "$cur"))
            return
            ;;
        --encoding)
            COMPREPLY=($(compgen -W 'utf-8 windows-1252' -- "$cur"))
            return
            ;;
        --out)
            if [[ $command == export-csv ]]; then
                _filedir -d
            else
                _filedir
            fi
            return
            ;;
        --academy | --urn | --contact | --today | --seed | --scale | --size | --period | --prepared-by)
            return
            ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options --help" -- "$cur"))
        return
    fi
    # The wheel file comes first; the commands that read a list take it next.
    if ((cword == 2)); then
        _filedir wheel
    else
        case $command in
            import-csv | import-gias) _filedir csv ;;
            import-json) _filedir json ;;
            *) _filedir ;;
        esac
    fi
} &&
    complete -F _civicwheel civicwheel
