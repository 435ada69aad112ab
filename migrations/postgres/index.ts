import * as migration_20261122_165540_initial from './20261122_165540_initial';

export const migrations = [
  {
    up: migration_20261122_165540_initial.up,
    down: migration_20261122_165540_initial.down,
    name: '20261122_165540_initial'
  },
];
