import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/core/errors.js';
import { resolveShard, shardFromEnv } from '../../../src/cli/shard-env.js';

describe('--shard auto: the shard from the scheduler environment', () => {
  it.each([
    // sbatch --array=0-2: ids 0..2, min 0
    [{ SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '0' }, { index: 1, count: 3 }],
    [{ SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '0' }, { index: 3, count: 3 }],
    // sbatch --array=1-3: ids 1..3, min 1
    [{ SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '1' }, { index: 1, count: 3 }],
    // sbatch --array=0-8:4: ids 0, 4, 8
    [{ SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '4' }, { index: 2, count: 3 }],
    // Kubernetes Indexed Job: 0-based index, count set by the user
    [{ JOB_COMPLETION_INDEX: '3', THEORYCHECK_SHARD_COUNT: '4' }, { index: 4, count: 4 }],
    [{ THEORYCHECK_SHARD: '2/5' }, { index: 2, count: 5 }],
  ])('should read %j as shard %j', (env, shard) => {
    const r = shardFromEnv(env);
    expect(r?.shard).toEqual(shard);
    expect(r?.source).toMatch(/^shard \d+\/\d+ from [A-Z_]+=/);
  });

  it('should find no shard in a plain environment, and refuse --shard auto there with a message naming the variables', () => {
    expect(shardFromEnv({ PATH: '/usr/bin' })).toBeNull();
    expect(() => resolveShard('auto', {})).toThrow(UsageError);
    expect(() => resolveShard('auto', {})).toThrow(/SLURM_ARRAY_TASK_ID.*JOB_COMPLETION_INDEX.*THEORYCHECK_SHARD_COUNT/);
  });

  it.each([
    [{ SLURM_ARRAY_TASK_ID: '1' }, /SLURM_ARRAY_TASK_COUNT is not/],
    [{ SLURM_ARRAY_TASK_ID: 'one', SLURM_ARRAY_TASK_COUNT: '3' }, /SLURM_ARRAY_TASK_ID: 'one' is not a non-negative integer/],
    [{ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '0' }, /shard 4\/3 is not a shard/],
    [{ SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '3', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '2' }, /not min \+ k\*step/],
    [{ JOB_COMPLETION_INDEX: '0' }, /THEORYCHECK_SHARD_COUNT is not/],
    [{ THEORYCHECK_SHARD: '3' }, /THEORYCHECK_SHARD: '3' is not a shard/],
  ])('should refuse the inconsistent environment %j with a usage error', (env, message) => {
    expect(() => resolveShard('auto', env)).toThrow(UsageError);
    expect(() => resolveShard('auto', env)).toThrow(message);
  });

  it('should ignore the environment unless asked (--shard auto), and take an explicit --shard as given', () => {
    const env = { SLURM_ARRAY_TASK_ID: '0', SLURM_ARRAY_TASK_COUNT: '3' };
    expect(resolveShard(undefined, env)).toBeNull();
    expect(resolveShard('2/2', env)?.shard).toEqual({ index: 2, count: 2 });
  });
});
