import type { MdxJsxAttribute } from 'mdast-util-mdx-jsx';
import { SVG_LOADER } from '../diagram-svgs/loaderPath';

/**
 * `name={require("!!<diagram loader>!<svg file>").default}`: the stored drawing
 * enters the page through the bundler, which gives the server build its markup
 * and the browser build only its URL and size (see diagram-svgs/svgLoader.cjs).
 * The `!!` keeps the site's own SVG rules (SVGR, url-loader) away from it.
 */
export function svgRequireAttribute(name: string, svgFile: string): MdxJsxAttribute {
  const request = `!!${SVG_LOADER}!${svgFile}`;
  const raw = JSON.stringify(request);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: `require(${raw}).default`,
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          comments: [],
          body: [
            {
              type: 'ExpressionStatement',
              expression: {
                type: 'MemberExpression',
                object: {
                  type: 'CallExpression',
                  callee: { type: 'Identifier', name: 'require' },
                  arguments: [{ type: 'Literal', value: request, raw }],
                  optional: false,
                },
                property: { type: 'Identifier', name: 'default' },
                computed: false,
                optional: false,
              },
            },
          ],
        },
      },
    },
  };
}
