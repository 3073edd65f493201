#!/bin/sh
# Đối thoại — one scheduled backup with retention (docs/operations.md, "Backups").
# Run by deploy/systemd/doithoai-backup.timer as the `doithoai` user, with the server's
# environment file (DATABASE_URL). SQLite: `doithoai backup` (online, checked with
# integrity_check, 0600). PostgreSQL: pg_dump in custom format (restored with pg_restore).
# Backups older than RETENTION_DAYS (default 30) are deleted after a successful backup only.
set -eu

BACKUP_DIR="${BACKUP_DIR:-/var/backups/doithoai}"
RETENTION_DAYS="${RETENTION_DAYS:-30}"
DOITHOAI_HOME="${DOITHOAI_HOME:-/opt/doithoai}"
DOITHOAI_CLI="${DOITHOAI_CLI:-node $DOITHOAI_HOME/apps/server/dist/cli.js}"
STAMP="$(date -u +%Y-%m-%dT%H%M%SZ)"

umask 077
mkdir -p "$BACKUP_DIR"

case "${DATABASE_URL:-}" in
  postgres://* | postgresql://*)
    target="$BACKUP_DIR/doithoai-$STAMP.dump"
    pg_dump --format=custom --no-owner --file="$target.part" "$DATABASE_URL"
    # Check the dump can be read back before it counts as a backup.
    pg_restore --list "$target.part" > /dev/null
    mv "$target.part" "$target"
    pattern='doithoai-*.dump'
    ;;
  *)
    target="$BACKUP_DIR/doithoai-$STAMP.db"
    $DOITHOAI_CLI backup "$target"
    pattern='doithoai-*.db'
    ;;
esac

chmod 600 "$target"
echo "Đã sao lưu vào $target"

# Retention: only backups of this script's own naming, only after this one succeeded.
find "$BACKUP_DIR" -maxdepth 1 -type f -name "$pattern" -mtime "+$RETENTION_DAYS" -print -delete |
  sed 's/^/Đã xóa bản sao lưu cũ: /'
