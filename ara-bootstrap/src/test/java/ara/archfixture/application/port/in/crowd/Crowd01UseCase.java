package ara.archfixture.application.port.in.crowd;

// Violation: 26 top-level classes in one package of the application ring, one more than allowed.

interface Crowd01UseCase {
}

interface Crowd02UseCase {
}

interface Crowd03UseCase {
}

interface Crowd04UseCase {
}

interface Crowd05UseCase {
}

interface Crowd06UseCase {
}

interface Crowd07UseCase {
}

interface Crowd08UseCase {
}

interface Crowd09UseCase {
}

interface Crowd10UseCase {
}

interface Crowd11UseCase {
}

interface Crowd12UseCase {
}

interface Crowd13UseCase {
}

interface Crowd14UseCase {
}

interface Crowd15UseCase {
}

interface Crowd16UseCase {
}

interface Crowd17UseCase {
}

interface Crowd18UseCase {
}

interface Crowd19UseCase {
}

interface Crowd20UseCase {
}

interface Crowd21UseCase {
}

interface Crowd22UseCase {
}

interface Crowd23UseCase {
}

interface Crowd24UseCase {
}

interface Crowd25UseCase {
}

interface Crowd26UseCase {
}
