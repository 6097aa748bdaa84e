#!/bin/sh
# The container's entry point (also usable on a host): bring the schema up to date, then run the
# mailbot command given (default: the service). The config file comes from $MAILBOT_CONFIG.
set -eu
config="${MAILBOT_CONFIG:-/etc/mailbot/mailbot.toml}"
mailbot="${MAILBOT_BIN:-mailbot}"
[ "$#" -gt 0 ] || set -- run
if [ ! -r "$config" ]; then
    echo "error: the configuration file $config cannot be read; mount it or set MAILBOT_CONFIG" >&2
    exit 2
fi
case "$1" in
    # Only the commands that write migrate; read-only ones say when `db upgrade` is needed.
    run|poll|tick) "$mailbot" --config "$config" db upgrade >&2 ;;
esac
exec "$mailbot" --config "$config" "$@"
