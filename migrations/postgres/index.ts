import * as migration_20261122_170042_initial from './20261122_170042_initial';
import * as migration_20261123_022248_sign_in_throttles from './20261123_022248_sign_in_throttles';
import * as migration_20261123_030706_integrity from './20261123_030706_integrity';

export const migrations = [
  {
    up: migration_20261122_170042_initial.up,
    down: migration_20261122_170042_initial.down,
    name: '20261122_170042_initial',
  },
  {
    up: migration_20261123_022248_sign_in_throttles.up,
    down: migration_20261123_022248_sign_in_throttles.down,
    name: '20261123_022248_sign_in_throttles',
  },
  {
    up: migration_20261123_030706_integrity.up,
    down: migration_20261123_030706_integrity.down,
    name: '20261123_030706_integrity'
  },
];
