package com.acme.ml;

/** A dense row-major float matrix: just enough linear algebra for the examples. */
public final class Matrix {
  public final int rows;
  public final int cols;
  public final float[] data;

  public Matrix(int rows, int cols) {
    this(rows, cols, new float[rows * cols]);
  }

  public Matrix(int rows, int cols, float[] data) {
    if (data.length != rows * cols) {
      throw new IllegalArgumentException(rows + "x" + cols + " needs " + rows * cols + " values, got " + data.length);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  public float get(int r, int c) {
    return data[r * cols + c];
  }

  public void set(int r, int c, float value) {
    data[r * cols + c] = value;
  }

  public Matrix times(Matrix other) {
    Matrix out = new Matrix(rows, other.cols);
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < cols; k++) {
        float a = get(i, k);
        for (int j = 0; j < other.cols; j++) {
          out.data[i * other.cols + j] += a * other.get(k, j);
        }
      }
    }
    return out;
  }

  public Matrix plusScaled(Matrix other, float scale) {
    Matrix out = new Matrix(rows, cols);
    for (int i = 0; i < data.length; i++) {
      out.data[i] = data[i] + scale * other.data[i];
    }
    return out;
  }

  public float frobeniusNorm() {
    double sum = 0;
    for (float v : data) {
      sum += v * v;
    }
    return (float) Math.sqrt(sum);
  }
}
