/** The OpenAPI 3.1 description of the API, served at /api/openapi.json. */
import { ERRORS } from '../errors.ts';
import { PIPELINE_VERSION } from '../analysis/version.ts';

type Param = [name: string, where: 'query' | 'path', schema: Record<string, unknown>, description: string, required?: boolean];

const DAY = { type: 'string', format: 'date' };
const WINDOW: Param[] = [['from', 'query', DAY, 'first day (inclusive)'], ['to', 'query', DAY, 'last day (inclusive); default the latest article day']];
const PAGE = (max: number, def: number): Param[] => [
  ['limit', 'query', { type: 'integer', minimum: 1, maximum: max, default: def }, 'page size'],
  ['offset', 'query', { type: 'integer', minimum: 0, default: 0 }, 'items to skip'],
];
const COUNTRY = { type: 'string', pattern: '^[A-Za-z]{2}$' };

const ROUTES: [method: string, path: string, summary: string, params: Param[]][] = [
  ['get', '/api/articles', 'Stored articles, newest first', [...WINDOW, ['site', 'query', { type: 'string' }, 'site'], ['entity', 'query', { type: 'string' }, 'entity key, e.g. country:PK'], ['root', 'query', { type: 'string', pattern: '^\\d{2}$' }, 'CAMEO root'], ...PAGE(100, 20)]],
  ['get', '/api/articles/{id}', 'One article with its Analysis and entity keys', [['id', 'path', { type: 'integer', minimum: 1 }, 'article id', true]]],
  ['get', '/api/entities', 'Entities whose name or mention matches (Hindi or Latin)', [['q', 'query', { type: 'string', maxLength: 200 }, 'name or mention prefix', true], ['limit', 'query', { type: 'integer', minimum: 1, maximum: 100, default: 20 }, 'hits']]],
  ['get', '/api/entities/{key}', 'Entity page: mentions, roles over time, co-occurring entities, events', [['key', 'path', { type: 'string' }, 'entity key, e.g. country:IN or person:vadim velichko', true]]],
  ['get', '/api/events', 'Events by actors, CAMEO root/code and window', [['actor', 'query', { type: 'array', items: COUNTRY }, 'country code; repeat for events among several'], ['root', 'query', { type: 'array', items: { type: 'string', pattern: '^\\d{2,4}$' } }, 'CAMEO root or code prefix; repeatable'], ['quad', 'query', { type: 'integer', minimum: 1, maximum: 4 }, 'QuadClass'], ...WINDOW, ...PAGE(500, 50)]],
  ['get', '/api/pairs/{a}/{b}/timeline', 'Events between two countries per day/week/month: counts per QuadClass, Goldstein sum and mean', [['a', 'path', COUNTRY, 'country', true], ['b', 'path', COUNTRY, 'country', true], ['by', 'query', { type: 'string', enum: ['day', 'week', 'month'], default: 'month' }, 'bucket'], ...WINDOW]],
  ['get', '/api/graph', 'Relation graph: countries and organisations, edges weighted by event count with mean Goldstein', [...WINDOW, ['maxEdges', 'query', { type: 'integer', minimum: 1, maximum: 1000, default: 150 }, 'edges kept'], ['minCount', 'query', { type: 'integer', minimum: 1, default: 1 }, 'fewest events per edge']]],
  ['get', '/api/lens/{country}', "Country lens: partners and rivals from the country's own events, and ranked events tying its rivals to partners or third powers", [['country', 'path', COUNTRY, 'focus country', true], ...WINDOW, ['limit', 'query', { type: 'integer', minimum: 1, maximum: 200, default: 30 }, 'items']]],
  ['get', '/api/search', 'Full-text search over title and body, Hindi or Latin script', [['q', 'query', { type: 'string', maxLength: 300 }, 'query', true], ...WINDOW, ['site', 'query', { type: 'string' }, 'site'], ['entity', 'query', { type: 'string' }, 'entity name or mention'], ['root', 'query', { type: 'string' }, 'CAMEO root'], ...PAGE(100, 10)]],
  ['get', '/api/health', 'Store kind and counts', []],
];

/**
 * The OpenAPI document.
 *
 * @example
 * openApiDocument().paths['/api/graph'].get.summary; // 'Relation graph: …'
 */
export function openApiDocument(): { openapi: string; paths: Record<string, Record<string, { summary: string }>> } & Record<string, unknown> {
  const errorResponse = { description: 'error from the catalogue', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  const paths: Record<string, Record<string, { summary: string } & Record<string, unknown>>> = {};
  for (const [method, path, summary, params] of ROUTES) {
    paths[path] = {
      [method]: {
        summary,
        parameters: params.map(([name, where, schema, description, required]) => ({ name, in: where, schema, description, required: where === 'path' || !!required })),
        responses: { 200: { description: 'OK', content: { 'application/json': {} } }, 400: errorResponse, 404: errorResponse, 500: errorResponse },
      },
    };
  }
  paths['/api/analyze'] = {
    post: {
      summary: 'Analyse a text: the Analysis document (schema khabar.analysis/1); nothing is stored',
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { type: 'object', required: ['text'], additionalProperties: false, properties: {
            text: { type: 'string' }, anchorDate: DAY, lang: { type: 'string' }, title: { type: 'string' }, url: { type: 'string', format: 'uri' },
            site: { type: 'string' }, published: { type: 'string' } } } },
          'text/plain': { schema: { type: 'string' } },
        },
      },
      responses: { 200: { description: 'the Analysis' }, 400: errorResponse, 413: errorResponse },
    },
  };
  return {
    openapi: '3.1.0',
    info: { title: 'khabar', version: PIPELINE_VERSION, description: 'News intelligence for Hindi media: articles, entities, CAMEO events, timelines, graph and lens.' },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'object', properties: { code: { type: 'string', enum: Object.keys(ERRORS) }, message: { type: 'string' } } } },
        },
      },
    },
  };
}
