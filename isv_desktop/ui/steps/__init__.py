"""One page per dossier step. Each page stores every edit at once through its services."""
