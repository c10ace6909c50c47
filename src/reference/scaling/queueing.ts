/**
 * Little's law: the average number of items in a stable system equals the arrival rate times
 * the average time each spends inside, L = lambda * W. It holds for any arrival pattern and any
 * service discipline, which is why it works for capacity planning without a model.
 */
export function littlesLaw(arrivalRate: number, timeInSystem: number): number {
	if (!(arrivalRate >= 0) || !(timeInSystem >= 0))
		throw new RangeError('arrivalRate and timeInSystem must be non-negative numbers');
	return arrivalRate * timeInSystem;
}

/** Steady-state figures for a single-server queue with Poisson arrivals and exponential service. */
export interface MM1Metrics {
	/** rho = lambda / mu: the share of time the server is busy. */
	utilization: number;
	/** W = 1 / (mu - lambda): average time from arrival to completion. */
	meanResponseTime: number;
	/** Wq = rho / (mu - lambda): average time spent waiting before service starts. */
	meanWaitTime: number;
	/** L = rho / (1 - rho): average number in the system, waiting or in service. */
	meanInSystem: number;
	/** Lq = rho^2 / (1 - rho): average number waiting. */
	meanInQueue: number;
}

/**
 * The M/M/1 formulas. Response time grows as 1 / (1 - rho): the same server at 90% busy takes
 * ten times its bare service time on average, and twice as long as at 80%.
 *
 * @param arrivalRate lambda, requests per unit time.
 * @param serviceRate mu, requests per unit time one server completes when busy.
 */
export function mm1(arrivalRate: number, serviceRate: number): MM1Metrics {
	if (!(arrivalRate >= 0) || !(serviceRate > 0))
		throw new RangeError('arrivalRate must be >= 0 and serviceRate > 0');
	if (arrivalRate >= serviceRate)
		throw new RangeError(
			`unstable queue: arrivalRate ${arrivalRate} >= serviceRate ${serviceRate}; the queue grows without bound, so add capacity or shed load`,
		);
	const rho = arrivalRate / serviceRate;
	const spare = serviceRate - arrivalRate;
	return {
		utilization: rho,
		meanResponseTime: 1 / spare,
		meanWaitTime: rho / spare,
		meanInSystem: rho / (1 - rho),
		meanInQueue: (rho * rho) / (1 - rho),
	};
}

/**
 * The q-quantile of M/M/1 response time. Time in system is exponential with rate mu - lambda,
 * so the quantile is -ln(1 - q) / (mu - lambda): the p99 is ln(100), about 4.6, times the mean.
 */
export function mm1ResponseTimeQuantile(
	arrivalRate: number,
	serviceRate: number,
	quantile: number,
): number {
	if (!(quantile > 0 && quantile < 1))
		throw new RangeError(`quantile must be strictly between 0 and 1, got ${quantile}`);
	return -Math.log(1 - quantile) * mm1(arrivalRate, serviceRate).meanResponseTime;
}

/** An exponentially distributed sample with the given rate, from a uniform source in [0, 1). */
export function exponentialSample(rate: number, random: () => number): number {
	return -Math.log(1 - random()) / rate;
}

/** What a simulated single-server queue measured. */
export interface QueueSimulation {
	/** Each customer's time from arrival to departure, in arrival order. */
	responseTimes: number[];
	/** Average of responseTimes. */
	meanResponseTime: number;
	/** Customers divided by the time from the first arrival to the last departure. */
	throughput: number;
	/** Time-average number in the system, integrated over the same span. */
	meanInSystem: number;
	/** Share of that span the server was busy. */
	utilization: number;
}

/**
 * Simulates a first-come, first-served single-server queue. Each customer starts service when
 * it arrives or when the previous customer leaves, whichever is later (Lindley's recursion).
 * Inter-arrival and service times come from the injected samplers, so a seeded source makes
 * the run reproducible and any distribution can be tried.
 */
export function simulateSingleServerQueue(
	interArrival: () => number,
	serviceTime: () => number,
	customers: number,
): QueueSimulation {
	if (!Number.isInteger(customers) || customers < 1)
		throw new RangeError(`customers must be an integer >= 1, got ${customers}`);
	const arrivals: number[] = [];
	const departures: number[] = [];
	const responseTimes: number[] = [];
	let clock = 0;
	let previousDeparture = 0;
	let busy = 0;
	for (let i = 0; i < customers; i++) {
		clock += interArrival();
		const start = Math.max(clock, previousDeparture);
		const service = serviceTime();
		previousDeparture = start + service;
		busy += service;
		arrivals.push(clock);
		departures.push(previousDeparture);
		responseTimes.push(previousDeparture - clock);
	}
	const first = arrivals[0]!;
	const span = previousDeparture - first;
	return {
		responseTimes,
		meanResponseTime: responseTimes.reduce((sum, t) => sum + t, 0) / customers,
		throughput: customers / span,
		meanInSystem: timeAverageInSystem(arrivals, departures) / span,
		utilization: busy / span,
	};
}

/** Integral of the number in system over time, by sweeping arrivals and departures in order. */
function timeAverageInSystem(arrivals: readonly number[], departures: readonly number[]): number {
	let a = 0;
	let d = 0;
	let inSystem = 0;
	let last = arrivals[0]!;
	let area = 0;
	while (d < departures.length) {
		// Both lists are already sorted: arrivals by construction, departures because FCFS keeps order.
		const nextIsArrival = a < arrivals.length && arrivals[a]! <= departures[d]!;
		const time = nextIsArrival ? arrivals[a]! : departures[d]!;
		area += inSystem * (time - last);
		last = time;
		if (nextIsArrival) {
			inSystem++;
			a++;
		} else {
			inSystem--;
			d++;
		}
	}
	return area;
}
