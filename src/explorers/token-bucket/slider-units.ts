/** A slider's unit in the singular and the plural: `1 request/s`, `2 requests/s`. */
export interface SliderUnit {
	one: string;
	other: string;
}

/**
 * A slider's value with its unit, singular for exactly 1 and plural otherwise (0.5 tokens/s,
 * 0 requests/s), as English counts them.
 */
export function sliderValueText(value: number, unit: SliderUnit): string {
	return `${value} ${value === 1 ? unit.one : unit.other}`;
}
