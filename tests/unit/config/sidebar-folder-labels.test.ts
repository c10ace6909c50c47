import { describe, expect, it } from 'vitest';
import { labelFolderGroups, type SidebarNode } from '../../../src/config/sidebar-folder-labels.ts';
import type { Section } from '../../../src/config/sections.ts';

const link = (label: string): SidebarNode => ({ type: 'link', label });
const group = (label: string, entries: SidebarNode[]): SidebarNode => ({
	type: 'group',
	label,
	entries,
});
const section = (
	directory: string,
	label: string,
	folderLabels?: Record<string, string>,
): Section => ({
	directory,
	label,
	summary: '',
	...(folderLabels ? { folderLabels } : {}),
});

describe('labelFolderGroups', () => {
	it('labels a section sub-folder group from folderLabels, keeping its pages and their order', () => {
		const sidebar = [
			group('System design', [
				link('Caching'),
				group('designs', [link('Design a chat system'), link('Design Netflix')]),
			]),
		];
		labelFolderGroups(sidebar, [
			section('system-design', 'System design', { designs: 'Worked designs' }),
		]);
		expect(sidebar).toEqual([
			group('System design', [
				link('Caching'),
				group('Worked designs', [link('Design a chat system'), link('Design Netflix')]),
			]),
		]);
	});

	it('labels nested sub-folders by their path under the section', () => {
		const sidebar = [group('Coding', [group('drills', [group('easy', [link('Two sum')])])])];
		labelFolderGroups(sidebar, [
			section('coding', 'Coding', { drills: 'Drills', 'drills/easy': 'Easy drills' }),
		]);
		expect(sidebar).toEqual([
			group('Coding', [group('Drills', [group('Easy drills', [link('Two sum')])])]),
		]);
	});

	it('names the folder and the fix when a sub-folder has no label', () => {
		const sidebar = [group('Databases', [group('engines', [link('InnoDB')])])];
		expect(() => labelFolderGroups(sidebar, [section('databases', 'Databases')])).toThrow(
			"src/config/sections.ts: the folder src/content/docs/databases/engines/ has no sidebar label, so the sidebar would show \"engines\". Add folderLabels: { 'engines': 'Its label' } to the databases section.",
		);
	});

	it('leaves a sidebar with no sub-folders as it is', () => {
		const sidebar = [group('Coding', [link('Hash maps'), link('Concurrency')])];
		labelFolderGroups(sidebar, [section('coding', 'Coding')]);
		expect(sidebar).toEqual([group('Coding', [link('Hash maps'), link('Concurrency')])]);
	});
});
