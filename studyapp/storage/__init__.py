"""SQLite storage through sqlite-utils: schema migrations, repositories, lock, backups (the only SQL)."""
