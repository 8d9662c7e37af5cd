/** Answer values, one shape per question type, and the set of answers an audit holds. */
package ara.domain.answer;
