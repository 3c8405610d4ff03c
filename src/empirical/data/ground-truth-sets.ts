import { factorSpace, type GroundTruthData } from './ground-truth.js';

/**
 * Factor-space mirrors of the data sets disentanglement_lib evaluates on
 * (research/disentanglement.md §8): the factor sizes, names and order of the real sets,
 * observations = factors. Metrics only ever see factors and codes, so these reproduce the
 * metric side of those benchmarks exactly without any image.
 */
export const SHAPES3D_SIZES = [10, 10, 10, 8, 4, 15] as const;
export const CARS3D_SIZES = [4, 24, 183] as const;
export const SMALLNORB_SIZES = [5, 9, 18, 6] as const;
export const MPI3D_REAL_SIZES = [6, 6, 2, 3, 3, 40, 40] as const;
export const MPI3D_TOY_SIZES = [4, 4, 2, 3, 3, 40, 40] as const;

/** Shapes3D: floor hue, wall hue, object hue, scale, shape, orientation. */
export function shapes3d(): GroundTruthData {
  return factorSpace('shapes3d', SHAPES3D_SIZES, { names: ['floor_hue', 'wall_hue', 'object_hue', 'scale', 'shape', 'orientation'] });
}

/** Cars3D: elevation, azimuth, object type. */
export function cars3d(): GroundTruthData {
  return factorSpace('cars3d', CARS3D_SIZES, { names: ['elevation', 'azimuth', 'object_type'] });
}

/** SmallNORB: category, elevation, azimuth, lighting (instance is a nuisance). */
export function smallnorb(): GroundTruthData {
  return factorSpace('smallnorb', SMALLNORB_SIZES, { names: ['category', 'elevation', 'azimuth', 'lighting'] });
}

const MPI3D_NAMES = ['object_color', 'object_shape', 'object_size', 'camera_height', 'background_color', 'first_dof', 'second_dof'];

/** MPI3D real. */
export function mpi3dReal(): GroundTruthData {
  return factorSpace('mpi3d_real', MPI3D_REAL_SIZES, { names: MPI3D_NAMES });
}

/** MPI3D toy / realistic. */
export function mpi3dToy(): GroundTruthData {
  return factorSpace('mpi3d_toy', MPI3D_TOY_SIZES, { names: MPI3D_NAMES });
}

/**
 * The library's IdentityObservationsData (used by its own metric tests): 10 factors with
 * values 1..10 (class index + 1).
 */
export function identityObservations(numFactors = 10, numValues = 10): GroundTruthData {
  const values = Array.from({ length: numFactors }, () => Array.from({ length: numValues }, (_, i) => i + 1));
  return factorSpace('identity_observations', Array(numFactors).fill(numValues), { values });
}

/** A uniform product space with the given sizes (the notes' §5 test sets, e.g. [3, 6, 10, 8]). */
export function uniformFactors(sizes: readonly number[], name = `factors[${sizes.join(',')}]`): GroundTruthData {
  return factorSpace(name, sizes);
}

/** Every factor-space set by name. */
export const GROUND_TRUTH_SETS: Readonly<Record<string, () => GroundTruthData>> = Object.freeze({
  shapes3d,
  cars3d,
  smallnorb,
  mpi3d_real: mpi3dReal,
  mpi3d_toy: mpi3dToy,
  identity_observations: () => identityObservations(),
});
