# One image for every role of the production profile (web, worker, scheduler): compose.yaml picks the command.
FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 FLASK_APP=wsgi
WORKDIR /app
COPY pyproject.toml README.md ./
COPY requirements/ requirements/
COPY market/ market/
RUN pip install -c requirements/constraints.txt '.[postgres]' \
 && pybabel compile -d market/translations
COPY wsgi.py babel.cfg ./
COPY migrations/ migrations/
COPY templates/ templates/
COPY static/ static/
RUN useradd --system --home-dir /app souk && mkdir -p /app/instance && chown souk /app/instance
USER souk
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "--workers", "2", "--threads", "4", "wsgi:app"]
