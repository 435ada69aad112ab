import * as migration_20261122_170029_initial from './20261122_170029_initial';
import * as migration_20261123_022214_sign_in_throttles from './20261123_022214_sign_in_throttles';
import * as migration_20261123_030701_integrity from './20261123_030701_integrity';

export const migrations = [
  {
    up: migration_20261122_170029_initial.up,
    down: migration_20261122_170029_initial.down,
    name: '20261122_170029_initial',
  },
  {
    up: migration_20261123_022214_sign_in_throttles.up,
    down: migration_20261123_022214_sign_in_throttles.down,
    name: '20261123_022214_sign_in_throttles',
  },
  {
    up: migration_20261123_030701_integrity.up,
    down: migration_20261123_030701_integrity.down,
    name: '20261123_030701_integrity'
  },
];
