/** A tfjs backend theorycheck can run experiments on. */
export interface BackendDescriptor {
  /** Our name (also the --backend value). */
  name: string;
  /** The tfjs backend name it registers. */
  tfjsName: string;
  /** Order for `--backend auto`: higher first. */
  priority: number;
  precision: 32 | 64;
  /** One line for `theorycheck backends`. */
  description: string;
  /**
   * Load the packages it needs and make it usable; resolve to a detail string
   * (e.g. the device) or throw with the reason it is unavailable. Must not change the
   * active tfjs backend.
   */
  probe(): Promise<string>;
}

export interface ProbeResult {
  name: string;
  available: boolean;
  detail: string;
}
