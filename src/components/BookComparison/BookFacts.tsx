import React, { type ReactNode } from 'react';
import { books } from '@site/src/data/books';

/** The four books' bibliographic facts, from the books module. */
export default function BookFacts(): ReactNode {
  return (
    <table>
      <caption className="sr-only">The four books compared: authors, publisher, year and number of chapters</caption>
      <thead>
        <tr>
          <th scope="col">Book</th>
          <th scope="col">Authors</th>
          <th scope="col">Publisher</th>
          <th scope="col">Year</th>
          <th scope="col">Chapters</th>
        </tr>
      </thead>
      <tbody>
        {books.map((book) => (
          <tr key={book.id}>
            <th scope="row">
              <cite>{book.title}</cite>
            </th>
            <td>{book.authors.join(' and ')}</td>
            <td>{book.publisher}</td>
            <td>{book.year}</td>
            <td>{book.chapters.length}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
