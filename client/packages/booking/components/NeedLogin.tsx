// Moved to client/components/NeedLogin (with "登录后回到这里"); this re-export keeps older imports working.
export { default } from '../../../components/NeedLogin';
