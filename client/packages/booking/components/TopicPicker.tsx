// Moved to client/components/TopicPicker; this re-export keeps older imports working.
export { default } from '../../../components/TopicPicker';
