// Moved to client/components/Chips; this re-export keeps older imports working.
export { default } from '../../../components/Chips';
export type { ChipOption } from '../../../components/Chips';
