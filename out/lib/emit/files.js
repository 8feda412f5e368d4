export { HEADER_MARK, hasHeader, headerLines, headerSource } from '../header.js';
