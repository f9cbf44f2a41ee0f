import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// Loading the model takes ~100 ms; do it once per process.
export const wink = winkNLP(model);
export const its = wink.its;
