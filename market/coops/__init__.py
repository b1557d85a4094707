from flask import Blueprint

bp = Blueprint("coops", __name__)
