// Moved: the hooks live in client/hooks/, the load state in client/components/Screen.
// This re-export keeps older imports working; new code imports from there.
export { useLoaded } from '../../hooks/useLoaded';
export { usePagedList, type ListStatus } from '../../hooks/usePagedList';
export { LoadState } from '../Screen';
