/**
 * The replica calculation of the Kubernetes HorizontalPodAutoscaler, as its documentation
 * describes it:
 *
 *   desiredReplicas = ceil(currentReplicas * currentMetricValue / desiredMetricValue)
 *
 * with three guards against flapping and runaway scaling: a tolerance (skip any change while
 * the ratio is within 10% of 1.0 by default), the object's minReplicas and maxReplicas, and a
 * scale-down stabilization window (default 300 seconds) in which the controller uses the
 * highest recommendation it made, so replicas come off only after load has stayed low for
 * the whole window. Scale-up has no window by default. The tolerance test and the window's
 * cutoff follow the controller's source (replica_calculator.go, horizontal.go).
 *
 * Not modeled: the controller's handling of unready pods and missing metrics, several metrics
 * (it takes the largest recommendation), and the per-period scaling policies.
 */

/** The controller's default tolerance, `--horizontal-pod-autoscaler-tolerance`. */
export const DEFAULT_TOLERANCE = 0.1;

/** The default scale-down stabilization window, 300 seconds, in milliseconds. */
export const DEFAULT_SCALE_DOWN_WINDOW_MS = 300_000;

/**
 * One step of the formula. Returns `currentReplicas` unchanged when the ratio
 * currentMetric / targetMetric lies in [1 - tolerance, 1 + tolerance]; otherwise rounds the
 * scaled count up, so the fleet is never left short of capacity by rounding.
 */
export function desiredReplicas(
	currentReplicas: number,
	currentMetric: number,
	targetMetric: number,
	tolerance = DEFAULT_TOLERANCE,
): number {
	if (!Number.isInteger(currentReplicas) || currentReplicas < 1) {
		throw new RangeError(`currentReplicas must be an integer >= 1, got ${currentReplicas}`);
	}
	if (!(targetMetric > 0)) throw new RangeError(`targetMetric must be > 0, got ${targetMetric}`);
	if (!(currentMetric >= 0))
		throw new RangeError(`currentMetric must be >= 0, got ${currentMetric}`);
	if (!(tolerance >= 0)) throw new RangeError(`tolerance must be >= 0, got ${tolerance}`);
	const ratio = currentMetric / targetMetric;
	// The controller's own form. |ratio - 1| <= tolerance differs at the edge in floating point:
	// 66 / 60 - 1 is 0.10000000000000009, so 66% against 60% would wrongly scale.
	if (ratio >= 1 - tolerance && ratio <= 1 + tolerance) return currentReplicas;
	return Math.ceil(currentReplicas * ratio);
}

/** Configuration for {@link HorizontalAutoscaler}, named as in the HPA object and flags. */
export interface AutoscalerOptions {
	/** The controller's clock in milliseconds; injected so tests can move time. */
	readonly now: () => number;
	/** `spec.minReplicas`. */
	readonly minReplicas: number;
	/** `spec.maxReplicas`. */
	readonly maxReplicas: number;
	/** Defaults to {@link DEFAULT_TOLERANCE}. */
	readonly tolerance?: number;
	/** `behavior.scaleDown.stabilizationWindowSeconds`, in ms; defaults to 300,000. */
	readonly scaleDownWindowMs?: number;
}

interface Recommendation {
	readonly atMs: number;
	readonly replicas: number;
}

/** One HPA's state across sync periods: its recent recommendations. */
export class HorizontalAutoscaler {
	private readonly now: () => number;
	private readonly minReplicas: number;
	private readonly maxReplicas: number;
	private readonly tolerance: number;
	private readonly scaleDownWindowMs: number;
	private history: Recommendation[] = [];

	/** Throws RangeError on bounds that cannot hold (min < 1, max < min, negative window). */
	constructor(options: AutoscalerOptions) {
		const { minReplicas, maxReplicas } = options;
		if (!Number.isInteger(minReplicas) || minReplicas < 1) {
			throw new RangeError(`minReplicas must be an integer >= 1, got ${minReplicas}`);
		}
		if (!Number.isInteger(maxReplicas) || maxReplicas < minReplicas) {
			throw new RangeError(
				`maxReplicas must be an integer >= minReplicas (${minReplicas}), got ${maxReplicas}`,
			);
		}
		const window = options.scaleDownWindowMs ?? DEFAULT_SCALE_DOWN_WINDOW_MS;
		if (!(window >= 0)) throw new RangeError(`scaleDownWindowMs must be >= 0, got ${window}`);
		this.now = options.now;
		this.minReplicas = minReplicas;
		this.maxReplicas = maxReplicas;
		this.tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
		this.scaleDownWindowMs = window;
	}

	/**
	 * One sync period (every 15 seconds by default): the replica count to set, given how many
	 * replicas run now and the average metric across them. The raw recommendation is
	 * remembered. A scale-up takes effect at once. A scale-down goes no lower than the highest
	 * recommendation made within the window (those strictly newer than now minus the window,
	 * as the controller counts them), and the window never raises the count above
	 * `currentReplicas`: it can only hold a scale-down back. The result is clamped to
	 * [minReplicas, maxReplicas].
	 */
	recommend(currentReplicas: number, currentMetric: number, targetMetric: number): number {
		const nowMs = this.now();
		const raw = desiredReplicas(currentReplicas, currentMetric, targetMetric, this.tolerance);
		const cutoff = nowMs - this.scaleDownWindowMs;
		this.history = this.history.filter((rec) => rec.atMs > cutoff);
		const highest = Math.max(raw, ...this.history.map((rec) => rec.replicas));
		this.history.push({ atMs: nowMs, replicas: raw });
		const stabilized = Math.max(raw, Math.min(currentReplicas, highest));
		return Math.min(this.maxReplicas, Math.max(this.minReplicas, stabilized));
	}
}
