// nbody.cpp: bench/programs/nbody.py in C++ (the same bodies, pairs and step order).
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <utility>
#include <vector>

namespace {

constexpr double kPi = 3.14159265358979323;
constexpr double kSolarMass = 4 * kPi * kPi;
constexpr double kDaysPerYear = 365.24;

struct Body {
  double x, y, z, vx, vy, vz, mass;

  Body(double x_, double y_, double z_, double vx_, double vy_, double vz_, double mass_)
      : x(x_), y(y_), z(z_), vx(vx_ * kDaysPerYear), vy(vy_ * kDaysPerYear), vz(vz_ * kDaysPerYear), mass(mass_ * kSolarMass) {}
};

std::vector<Body> make_system() {
  return {
      Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
      Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01, 1.66007664274403694e-03, 7.69901118419740425e-03,
           -6.90460016972063023e-05, 9.54791938424326609e-04),
      Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01, -2.76742510726862411e-03, 4.99852801234917238e-03,
           2.30417297573763929e-05, 2.85885980666130812e-04),
      Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01, 2.96460137564761618e-03, 2.37847173959480950e-03,
           -2.96589568540237556e-05, 4.36624404335156298e-05),
      Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01, 2.68067772490389322e-03, 1.62824170038242295e-03,
           -9.51592254519715870e-05, 5.15138902046611451e-05),
  };
}

void offset_momentum(std::vector<Body>& bodies) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (const Body& b : bodies) {
    px += b.vx * b.mass;
    py += b.vy * b.mass;
    pz += b.vz * b.mass;
  }
  bodies[0].vx = -px / kSolarMass;
  bodies[0].vy = -py / kSolarMass;
  bodies[0].vz = -pz / kSolarMass;
}

double energy(const std::vector<Body>& bodies) {
  double e = 0.0;
  for (size_t i = 0; i < bodies.size(); ++i) {
    const Body& b = bodies[i];
    e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz);
    for (size_t j = i + 1; j < bodies.size(); ++j) {
      const Body& b2 = bodies[j];
      double dx = b.x - b2.x, dy = b.y - b2.y, dz = b.z - b2.z;
      e -= (b.mass * b2.mass) / std::sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

void advance(std::vector<Body>& bodies, const std::vector<std::pair<Body*, Body*>>& pairs, double dt, long steps) {
  for (long s = 0; s < steps; ++s) {
    for (auto [b1, b2] : pairs) {
      double dx = b1->x - b2->x, dy = b1->y - b2->y, dz = b1->z - b2->z;
      double d2 = dx * dx + dy * dy + dz * dz;
      double mag = dt / (d2 * std::sqrt(d2));
      double m1 = b1->mass * mag, m2 = b2->mass * mag;
      b1->vx -= dx * m2;
      b1->vy -= dy * m2;
      b1->vz -= dz * m2;
      b2->vx += dx * m1;
      b2->vy += dy * m1;
      b2->vz += dz * m1;
    }
    for (Body& b : bodies) {
      b.x += dt * b.vx;
      b.y += dt * b.vy;
      b.z += dt * b.vz;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  long steps = argc > 1 ? std::strtol(argv[1], nullptr, 10) : 1000;
  std::vector<Body> bodies = make_system();
  std::vector<std::pair<Body*, Body*>> pairs;
  for (size_t i = 0; i < bodies.size(); ++i)
    for (size_t j = i + 1; j < bodies.size(); ++j) pairs.emplace_back(&bodies[i], &bodies[j]);
  offset_momentum(bodies);
  std::printf("%.9f\n", energy(bodies));
  advance(bodies, pairs, 0.01, steps);
  std::printf("%.9f\n", energy(bodies));
  return 0;
}
