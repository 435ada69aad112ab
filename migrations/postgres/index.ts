import * as migration_20261122_170042_initial from './20261122_170042_initial';

export const migrations = [
  {
    up: migration_20261122_170042_initial.up,
    down: migration_20261122_170042_initial.down,
    name: '20261122_170042_initial'
  },
];
