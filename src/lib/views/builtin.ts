import { defineView, type ViewDefinition } from './registry.ts';

// Bundled at build time from sql/views/*.sql; a view's name equals its file name.
const files = import.meta.glob('/sql/views/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export const BUILTIN_VIEWS: ViewDefinition[] = Object.entries(files).map(([path, sql]) => {
  const view = defineView(sql);
  const fileName = path
    .split('/')
    .pop()!
    .replace(/\.sql$/, '');
  if (fileName !== view.header.name) throw new Error(`${path} defines view ${view.header.name}`);
  return view;
});
