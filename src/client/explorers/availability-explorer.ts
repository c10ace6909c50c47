/**
 * Brings the server-rendered availability explorer to life: enables its inputs, adds tiers from
 * the <template> and removes them, and on every edit re-evaluates the system and rewrites the
 * results, each tier's own availability and the summary, or marks the fields that need fixing.
 */
import {
	describeTiers,
	evaluateTiers,
	formatAvailability,
	formatDuration,
	formatNines,
	parseTiers,
	tierLimits,
	type TierField,
	type TierText,
} from '../../explorers/availability/availability-tiers.ts';

const fields: readonly TierField[] = ['name', 'availabilityPercent', 'replicas', 'needed'];

/** Wires one explorer root (an element with `data-availability-explorer`). */
export function mountAvailabilityExplorer(root: HTMLElement): void {
	const form = root.querySelector('form');
	const list = root.querySelector<HTMLOListElement>('[data-tier-list]');
	const template = root.querySelector<HTMLTemplateElement>('[data-tier-template]');
	const addButton = root.querySelector<HTMLButtonElement>('[data-add-tier]');
	const summary = root.querySelector<HTMLElement>('[data-summary]');
	if (!form || !list || !template || !addButton) return;
	const rows = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>('[data-tier]')];
	const input = (row: HTMLElement, field: TierField): HTMLInputElement | null =>
		row.querySelector<HTMLInputElement>(`[data-field="${field}"]`);
	const setText = (element: Element | null, text: string): void => {
		// Rewriting identical text can make some screen readers announce it again.
		if (element && element.textContent !== text) element.textContent = text;
	};
	let nextSerial = Math.max(0, ...rows().map((row) => Number(row.dataset['serial']))) + 1;

	const update = (): void => {
		const current = rows();
		const texts = current.map(
			(row) =>
				Object.fromEntries(
					fields.map((field) => [field, input(row, field)?.value ?? '']),
				) as unknown as TierText,
		);
		const parsed = parseTiers(texts);
		current.forEach((row, index) => {
			setText(row.querySelector('[data-tier-legend]'), `Tier ${index + 1}`);
			const remove = row.querySelector<HTMLButtonElement>('[data-remove-tier]');
			if (remove) {
				remove.disabled = current.length === 1;
				const name = texts[index]?.name.trim();
				remove.setAttribute('aria-label', `Remove tier ${index + 1}${name ? `, ${name}` : ''}`);
			}
			for (const field of fields) {
				const problem = parsed.problems.find((p) => p.tier === index && p.field === field);
				setText(row.querySelector(`[data-error-for="${field}"]`), problem?.message ?? '');
				const element = input(row, field);
				if (problem) element?.setAttribute('aria-invalid', 'true');
				else element?.removeAttribute('aria-invalid');
			}
		});
		addButton.disabled = current.length >= tierLimits.maxTiers;
		const result = (id: string): Element | null => root.querySelector(`[data-result="${id}"]`);
		if (parsed.tiers === undefined) {
			for (const id of ['availability', 'nines', 'perMonth', 'perYear']) setText(result(id), '—');
			for (const row of current) setText(row.querySelector('[data-tier-result]'), 'This tier: —');
			setText(summary, 'Not calculated: fix the fields marked in red.');
			return;
		}
		const outcome = evaluateTiers(parsed.tiers);
		setText(result('availability'), formatAvailability(outcome.availability));
		setText(result('nines'), formatNines(outcome.nines));
		setText(result('perMonth'), formatDuration(outcome.downtime.perMonth));
		setText(result('perYear'), formatDuration(outcome.downtime.perYear));
		current.forEach((row, index) => {
			const tier = outcome.tiers[index];
			if (tier) {
				setText(
					row.querySelector('[data-tier-result]'),
					`This tier: ${formatAvailability(tier.tierAvailability)}`,
				);
			}
		});
		setText(summary, describeTiers(outcome));
	};

	/** Enables a row's controls and listens to them; clones get fresh ids first. */
	const wire = (row: HTMLElement, serial?: number): void => {
		if (serial !== undefined) {
			row.dataset['serial'] = String(serial);
			for (const field of fields) {
				const id = `av-${field}-${serial}`;
				const element = input(row, field);
				if (element) {
					element.id = id;
					element.setAttribute('aria-describedby', `${id}-error`);
				}
				row.querySelector(`[data-label-for="${field}"]`)?.setAttribute('for', id);
				const error = row.querySelector(`[data-error-for="${field}"]`);
				if (error) error.id = `${id}-error`;
			}
		}
		for (const field of fields) {
			const element = input(row, field);
			if (element) {
				element.disabled = false;
				element.addEventListener('input', update);
			}
		}
		row.querySelector('[data-remove-tier]')?.addEventListener('click', () => {
			const before = rows();
			const index = before.indexOf(row);
			row.remove();
			update();
			// Keep the keyboard where it was: the tier that took this place, or the one above it.
			const after = rows();
			const next = after[Math.min(index, after.length - 1)];
			(next ? input(next, 'name') : addButton)?.focus();
		});
	};

	addButton.addEventListener('click', () => {
		if (rows().length >= tierLimits.maxTiers) return;
		const row = template.content.querySelector<HTMLElement>('[data-tier]')?.cloneNode(true);
		if (!(row instanceof HTMLElement)) return;
		wire(row, nextSerial++);
		list.append(row);
		const name = input(row, 'name');
		if (name) name.value = `Tier ${rows().length}`;
		update();
		name?.focus();
		name?.select();
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	for (const row of rows()) wire(row);
	update();
}
