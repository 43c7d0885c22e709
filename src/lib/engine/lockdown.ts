/**
 * Statements run right after the engine starts (DESIGN §7). Order matters: anything that could
 * need the network must come before; `lock_configuration` last so no later SQL, ours or a
 * user's, can undo them. allowed_directories keeps dropped files readable while external
 * access is off (external access off alone would block registered files too).
 */
export const LOCKDOWN_SQL = [
  `SET allowed_directories = ['/upload/']`,
  `SET enable_external_access = false`,
  `SET autoload_known_extensions = false`,
  `SET autoinstall_known_extensions = false`,
  `SET lock_configuration = true`,
];
