import { UsageError } from '../core/errors.js';
import { checkShard, parseShard, shardText, type Shard } from '../core/shard.js';

/**
 * `--shard i/n`, or `--shard auto`: the shard from a scheduler's environment.
 *  - Slurm job arrays: SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT (and
 *    SLURM_ARRAY_TASK_MIN / SLURM_ARRAY_TASK_STEP, which Slurm sets, so that
 *    `--array=0-2`, `--array=1-3` and `--array=0-8:4` all give shards 1..n).
 *  - Kubernetes Indexed Jobs: JOB_COMPLETION_INDEX (0-based) with the count in
 *    THEORYCHECK_SHARD_COUNT (Kubernetes does not expose `completions` to the pod).
 *  - Anything else: THEORYCHECK_SHARD=i/n.
 * Returns the shard and a sentence saying where it came from (printed by `run`).
 */
export interface ResolvedShard {
  shard: Shard;
  source: string;
}

export function resolveShard(value: string | undefined, env: NodeJS.ProcessEnv): ResolvedShard | null {
  if (value === undefined) return null;
  if (value !== 'auto') return { shard: parseShard(value), source: `--shard ${value}` };
  const fromEnv = shardFromEnv(env);
  if (!fromEnv) {
    throw new UsageError(
      'TC1017',
      '--shard auto: no shard in the environment; expected SLURM_ARRAY_TASK_ID (a Slurm job array), ' +
        'JOB_COMPLETION_INDEX with THEORYCHECK_SHARD_COUNT (a Kubernetes Indexed Job) or THEORYCHECK_SHARD=i/n',
    );
  }
  return fromEnv;
}

function integer(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^\s*\d+\s*$/.test(raw)) throw new UsageError('TC1017', `${name}: '${raw}' is not a non-negative integer`);
  return Number(raw);
}

/** The shard described by the environment, or null when none is. */
export function shardFromEnv(env: NodeJS.ProcessEnv): ResolvedShard | null {
  const slurmId = integer(env, 'SLURM_ARRAY_TASK_ID');
  if (slurmId !== undefined) {
    const count = integer(env, 'SLURM_ARRAY_TASK_COUNT') ?? integer(env, 'THEORYCHECK_SHARD_COUNT');
    if (count === undefined) {
      throw new UsageError('TC1017', 'SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not; set THEORYCHECK_SHARD_COUNT to the number of array tasks');
    }
    const min = integer(env, 'SLURM_ARRAY_TASK_MIN') ?? 0;
    const step = Math.max(1, integer(env, 'SLURM_ARRAY_TASK_STEP') ?? 1);
    const offset = (slurmId - min) / step;
    const where = `SLURM_ARRAY_TASK_ID=${slurmId} (min ${min}, step ${step}, count ${count})`;
    if (!Number.isInteger(offset)) throw new UsageError('TC1017', `${where}: the task id is not min + k*step`);
    const shard = checkShard(offset + 1, count, where);
    return { shard, source: `shard ${shardText(shard)} from ${where}` };
  }
  const k8s = integer(env, 'JOB_COMPLETION_INDEX');
  if (k8s !== undefined) {
    const count = integer(env, 'THEORYCHECK_SHARD_COUNT');
    if (count === undefined) {
      throw new UsageError('TC1017', 'JOB_COMPLETION_INDEX is set but THEORYCHECK_SHARD_COUNT is not; set it to the Job\'s completions');
    }
    const where = `JOB_COMPLETION_INDEX=${k8s} (THEORYCHECK_SHARD_COUNT=${count})`;
    const shard = checkShard(k8s + 1, count, where);
    return { shard, source: `shard ${shardText(shard)} from ${where}` };
  }
  const explicit = env.THEORYCHECK_SHARD;
  if (explicit !== undefined && explicit !== '') {
    const shard = parseShard(explicit, 'THEORYCHECK_SHARD');
    return { shard, source: `shard ${shardText(shard)} from THEORYCHECK_SHARD=${explicit}` };
  }
  return null;
}
