import * as migration_20261122_165536_initial from './20261122_165536_initial';

export const migrations = [
  {
    up: migration_20261122_165536_initial.up,
    down: migration_20261122_165536_initial.down,
    name: '20261122_165536_initial'
  },
];
