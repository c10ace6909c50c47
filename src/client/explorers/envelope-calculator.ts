/**
 * Brings the server-rendered envelope calculator to life: enables its inputs and, on every edit,
 * re-estimates and rewrites each result and its arithmetic, or marks the field that needs fixing.
 */
import {
	envelopeFieldLabels,
	estimateEnvelope,
	findEnvelopeInputProblems,
	type EnvelopeInputs,
} from '../../explorers/envelope/envelope.ts';
import { envelopeHeadline, envelopeWorking } from '../../explorers/envelope/envelope-working.ts';
import { parseQuantity } from '../../explorers/envelope/units.ts';

type Field = keyof EnvelopeInputs;

function isField(name: string): name is Field {
	return Object.hasOwn(envelopeFieldLabels, name);
}

/** Wires one calculator root (an element with `data-envelope-calculator`). */
export function mountEnvelopeCalculator(root: HTMLElement): void {
	const form = root.querySelector('form');
	const inputs = [...root.querySelectorAll<HTMLInputElement>('input')].filter((input) =>
		isField(input.name),
	);
	const status = root.querySelector<HTMLElement>('[data-status]');
	const say = (text: string): void => {
		// Rewriting identical text can make some screen readers announce it again.
		if (status && status.textContent !== text) status.textContent = text;
	};

	const update = (): void => {
		const values = Object.fromEntries(
			inputs.map((input) => [input.name, parseQuantity(input.value)]),
		) as unknown as EnvelopeInputs;
		const problems = findEnvelopeInputProblems(values);
		for (const input of inputs) {
			const problem = problems.find((candidate) => candidate.field === input.name);
			const error = root.querySelector<HTMLElement>(`[data-error-for="${input.name}"]`);
			if (error) error.textContent = problem?.message ?? '';
			if (problem) input.setAttribute('aria-invalid', 'true');
			else input.removeAttribute('aria-invalid');
		}
		const results = root.querySelectorAll<HTMLElement>('[data-result], [data-working]');
		if (problems.length > 0) {
			for (const element of results) element.textContent = element.dataset['result'] ? '—' : '';
			say(`Not calculated: ${problems.map((problem) => problem.message).join(' ')}`);
			return;
		}
		const lines = envelopeWorking(values, estimateEnvelope(values));
		for (const line of lines) {
			const value = root.querySelector(`[data-result="${line.id}"]`);
			const working = root.querySelector(`[data-working="${line.id}"]`);
			if (value) value.textContent = line.result;
			if (working) working.textContent = line.working;
		}
		say(envelopeHeadline(lines));
	};

	form?.addEventListener('submit', (event) => event.preventDefault());
	for (const input of inputs) {
		input.disabled = false;
		input.addEventListener('input', update);
	}
	update();
}
