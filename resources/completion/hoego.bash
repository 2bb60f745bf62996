# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Hoego developers

# bash completion for hoego; installed as share/bash-completion/completions/hoego.
# Completes the commands, each command's options and their values, and files to open or import.

_hoego()
{
    local cur prev words cword
    _init_completion || return

    local commands="search goals goal outputs output themes questions backup copy restore export import"
    local global="--db --lang --help --version"

    # The command is the first word that is neither an option nor an option's value.
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case "${words[i]}" in
        --db | --lang | -db | -lang) ((i++)) ;;
        -*) ;;
        *)
            command="${words[i]}"
            break
            ;;
        esac
    done

    case "$prev" in
    --db | -db)
        _filedir '@(hoego|sqlite|sqlite3|db)'
        return
        ;;
    --lang | -lang)
        COMPREPLY=($(compgen -W "ko en" -- "$cur"))
        return
        ;;
    --flavour)
        COMPREPLY=($(compgen -W "static-site commonmark blog-editor" -- "$cur"))
        return
        ;;
    --format)
        if [[ "$command" == import ]]; then
            COMPREPLY=($(compgen -W "md json rednotebook" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "md html pdf json" -- "$cur"))
        fi
        return
        ;;
    --output)
        _filedir
        return
        ;;
    --year | --on | --map | --kind | --title | --date | --link | --goal | --venue | --add | --remove | --profile)
        return # a value the user types
        ;;
    esac

    case "$command" in
    "")
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "$global" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            # Or a database to open, a post, export or journal to import.
            _filedir '@(hoego|sqlite|sqlite3|db|md|markdown|txt|html|htm|json)'
        fi
        ;;
    search) ;;
    goals) COMPREPLY=($(compgen -W "--year --json --summary" -- "$cur")) ;;
    goal)
        if [[ "${words[cword - 1]}" == goal ]]; then
            COMPREPLY=($(compgen -W "check uncheck progress evidence" -- "$cur"))
        elif [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "--on --add --remove" -- "$cur"))
        fi
        ;;
    outputs) COMPREPLY=($(compgen -W "--year --kind --json" -- "$cur")) ;;
    output)
        if [[ "${words[cword - 1]}" == output ]]; then
            COMPREPLY=($(compgen -W "add edit remove" -- "$cur"))
        elif [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "--year --kind --title --date --link --no-link --venue --no-venue --goal" -- "$cur"))
        fi
        ;;
    themes | questions) COMPREPLY=($(compgen -W "--year --json" -- "$cur")) ;;
    backup) COMPREPLY=($(compgen -W "--output" -- "$cur")) ;;
    copy)
        if [[ "$prev" == --from || "$prev" == --to ]]; then
            _filedir '@(hoego|sqlite|sqlite3|db)'
        else
            COMPREPLY=($(compgen -W "--from --to" -- "$cur"))
        fi
        ;;
    restore) _filedir '@(sqlite|hoego)' ;;
    export)
        COMPREPLY=($(compgen -W "--year --format --output --lang --by-month --flavour --no-front-matter --public --profile" -- "$cur"))
        ;;
    import)
        if [[ "$cur" == -* ]]; then
            COMPREPLY=($(compgen -W "--format --year --merge --dry-run --map" -- "$cur"))
        else
            _filedir '@(md|markdown|txt|html|htm|json)'
        fi
        ;;
    esac
} &&
    complete -F _hoego hoego
