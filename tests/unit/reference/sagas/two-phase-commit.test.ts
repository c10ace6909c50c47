import { describe, it, expect } from 'vitest';
import { Coordinator, Participant } from '../../../../src/reference/sagas/two-phase-commit.ts';

// A transfer of 50 from an account on one database to an account on another.
function transfer() {
	const debits = new Participant('accounts-eu');
	const credits = new Participant('accounts-us');
	debits.write('tx-1', 'acct-7', 50);
	credits.write('tx-1', 'acct-9', 150);
	return { debits, credits };
}

describe('two-phase commit', () => {
	it('commits on both participants when both vote yes', () => {
		const { debits, credits } = transfer();
		expect(new Coordinator([debits, credits]).run('tx-1')).toBe('committed');
		expect([debits.read('acct-7'), credits.read('acct-9')]).toEqual([50, 150]);
		expect(debits.write('tx-2', 'acct-7', 40)).toEqual({ ok: true });
	});

	it('aborts everywhere when one participant votes no', () => {
		const debits = new Participant('accounts-eu');
		const credits = new Participant('accounts-us', true);
		debits.write('tx-1', 'acct-7', 50);
		credits.write('tx-1', 'acct-9', 150);
		expect(new Coordinator([debits, credits]).run('tx-1')).toBe('aborted');
		expect([debits.state('tx-1'), credits.state('tx-1')]).toEqual(['aborted', 'aborted']);
		expect(debits.read('acct-7')).toBeUndefined();
	});

	it('leaves prepared participants in doubt, holding their locks, while the coordinator is down', () => {
		const { debits, credits } = transfer();
		const coordinator = new Coordinator([debits, credits]);

		expect(coordinator.run('tx-1', 'after-prepare')).toBe('crashed');

		// Both voted yes and now wait: in doubt, unable to abort on their own.
		expect(debits.inDoubt()).toEqual(['tx-1']);
		expect(credits.inDoubt()).toEqual(['tx-1']);
		expect(debits.abortOnOwn('tx-1')).toBe(false);
		// Every other transaction that needs the locked rows is blocked behind tx-1.
		expect(debits.write('tx-2', 'acct-7', 40)).toEqual({ ok: false, blockedBy: 'tx-1' });
		expect(credits.write('tx-3', 'acct-9', 10)).toEqual({ ok: false, blockedBy: 'tx-1' });

		// The restarted coordinator finds no decision in its log and aborts: presumed abort.
		new Coordinator([debits, credits], coordinator.log).recover();
		expect(debits.inDoubt()).toEqual([]);
		expect(debits.state('tx-1')).toBe('aborted');
		expect(debits.write('tx-2', 'acct-7', 40)).toEqual({ ok: true });
	});

	it('finishes a logged commit on recovery, which a participant guessing "abort" would have broken', () => {
		const { debits, credits } = transfer();
		const coordinator = new Coordinator([debits, credits]);

		expect(coordinator.run('tx-1', 'after-first-commit')).toBe('crashed');
		expect(debits.state('tx-1')).toBe('committed');
		expect(credits.inDoubt()).toEqual(['tx-1']);
		expect(credits.abortOnOwn('tx-1')).toBe(false);

		new Coordinator([debits, credits], coordinator.log).recover();
		expect(credits.state('tx-1')).toBe('committed');
		expect([debits.read('acct-7'), credits.read('acct-9')]).toEqual([50, 150]);
	});

	it('lets a participant abort on its own only before it has voted', () => {
		const debits = new Participant('accounts-eu');
		debits.write('tx-1', 'acct-7', 50);
		expect(debits.abortOnOwn('tx-1')).toBe(true);
		expect(debits.write('tx-2', 'acct-7', 40)).toEqual({ ok: true });
	});
});
