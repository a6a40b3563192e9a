// Moved to client/components/ReasonDialog; this re-export keeps older imports working.
export { default } from '../../../components/ReasonDialog';
